#!/bin/bash
# Creates the databases for Synapse and the bot on first start of the postgres container.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE USER synapse WITH PASSWORD '${SYNAPSE_DB_PASSWORD}';
CREATE DATABASE synapse OWNER synapse ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE USER signaalbot WITH PASSWORD '${SIGNAALBOT_DB_PASSWORD}';
CREATE DATABASE signaalbot OWNER signaalbot;
SQL
