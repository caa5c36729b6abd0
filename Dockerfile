# syntax=docker/dockerfile:1
# Image of the service: api + worker, started by scripts/start.mjs (see docker-compose.yml, `app`).
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so this layer is reused while package*.json do not change.
# devDependencies stay: migrations and the demo seed run through ts-node from the sources.
# npm ci also refuses a lock file written behind a registry mirror that lacks some optional platform
# packages (darwin, win32…); npm install then installs the same locked versions.
COPY package.json package-lock.json ./
RUN (npm ci --no-audit --no-fund || npm install --no-audit --no-fund) && npm cache clean --force

COPY . .
RUN npm run build

# The unprivileged user of the node image; the service writes nothing to disk at runtime.
USER node

ENV PORT=3000
EXPOSE 3000

# NODE_ENV is left to the deployment: production refuses the development JWT_SECRET.
CMD ["node", "scripts/start.mjs", "--skip-build"]
