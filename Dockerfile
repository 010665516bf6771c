# One image for the three services (matching :3000, employers :3001, training :3002) and the web
# application with its server (APP=gateway, :8080).
# Choose the service with the APP build arg / environment variable, or override the command:
#   docker build -t bridge-platform .
#   docker run -e APP=employers ... bridge-platform
#   docker run ... bridge-platform node dist/apps/training/main.js   (then also set APP or PORT for the health check)
# docker-compose.yml runs the production topology (Kafka, Postgres, Meilisearch and the three services).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
# build: all dependencies, then the three webpack bundles in dist/apps/<app>/main.js
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /workspace
ENV CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false

COPY package.json package-lock.json ./
# --ignore-scripts: the only install scripts in the lockfile are nx's postinstall (Nx Cloud client
# check; unused here), @parcel/watcher's (compiles only with npm_config_build_from_source=true) and
# @scarf/scarf's (telemetry; refused in package.json allowScripts). npm 10 in this image does not
# read allowScripts, so skipping scripts here gives the same result on every npm version.
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY . .
RUN npx nx run-many -t build -p matching employers training web gateway --outputStyle=static \
 && test -f dist/apps/web/index.html \
 && test -f dist/apps/gateway/main.js \
 && test -f dist/apps/matching/main.js \
 && test -f dist/apps/employers/main.js \
 && test -f dist/apps/training/main.js

# ---------------------------------------------------------------------------------------------
# runtime: production dependencies + the bundles, as the unprivileged `node` user
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP=matching
ENV NODE_ENV=production \
    APP=${APP} \
    NODE_OPTIONS=--enable-source-maps \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app

# The bundles keep node_modules external, so the runtime needs the workspace's production
# dependencies (the root lockfile; the per-app generated package.json misses packages that are
# loaded lazily, such as `meilisearch`).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

COPY --from=build /workspace/dist/apps ./dist/apps
COPY tools/docker/healthcheck.js ./tools/docker/healthcheck.js

# DATA_DIR (./data) is only used by the embedded database, i.e. when no DATABASE_URL is given.
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 3000 3001 3002 8080

# GET http://127.0.0.1:<port>/health (port from <APP>_PORT, PORT, or the service's default).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "tools/docker/healthcheck.js"]

CMD ["sh", "-c", "exec node \"dist/apps/${APP}/main.js\""]
