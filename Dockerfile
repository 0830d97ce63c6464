# The bot only; the homeserver and database come from docker-compose.yml.
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY bot bot
COPY handlers handlers
COPY nlp nlp
COPY storage storage
COPY config config
RUN pip install --no-cache-dir -c constraints.txt . \
    && useradd --system --home /data signaalbot \
    && mkdir -p /data && chown signaalbot /data

USER signaalbot
VOLUME ["/data"]
ENTRYPOINT ["signaalbot"]
CMD ["run", "--config", "/config/signaalbot.toml"]
