# syntax=docker/dockerfile:1
# The workshop site as a container: built in one stage, run as the unprivileged `node` user from a
# slim image holding only production dependencies and the built site.
#
#   docker build -t workshop-site:dev .
#   docker run -p 3000:3000 -e SESSION_SECRET=$(openssl rand -hex 32) workshop-site:dev

# ---- dependencies (with the toolchain better-sqlite3 needs when no prebuilt binary fits) ----
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Install scripts run only for the packages package.json's `allowScripts` approves (what npm 11
# does on developer machines; the npm 10 in this image would otherwise run them all).
RUN npm ci --no-audit --no-fund --ignore-scripts \
  && npm rebuild better-sqlite3 esbuild

# ---- build: the Next production build, then drop development dependencies ----
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npx next build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf .next/cache

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
  PORT=3000 \
  HOST=0.0.0.0 \
  DATA_DIR=/data \
  NEXT_TELEMETRY_DISABLED=1 \
  NPM_CONFIG_UPDATE_NOTIFIER=false \
  NPM_CONFIG_CACHE=/tmp/.npm
WORKDIR /app
# The application files stay owned by root: the site cannot rewrite its own code.
COPY --from=build /app /app
RUN mkdir -p /data /app/.next/cache \
  && chown node:node /data /app/.next/cache
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
