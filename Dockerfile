# Timekeeper Console: `npm start` in a container (app + sandbox + Clockify proxy on one port).
# Build stage: dev dependencies and `vite build` (which also writes the .br/.gz siblings).
# Final stage: production dependencies only, the built app, and the server's TypeScript
# (run by tsx, a production dependency), as the unprivileged `node` user.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx vite build

FROM node:${NODE_VERSION}-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SANDBOX_DB=/data/sandbox.db
COPY package.json package-lock.json ./
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && npm ci --omit=dev \
 && npm cache clean --force \
 && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/dist ./dist
COPY tsconfig.json ./
COPY server ./server
# The server shares plain constants (region hosts, id and instant patterns) with the client.
COPY src/clockify ./src/clockify
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/api/v1/user').then(r=>process.exit(r.status===401?0:1),()=>process.exit(1))"
# Not `npm start`: the app is already built, and no rebuild may run at start-up.
CMD ["node_modules/.bin/tsx", "server/main.ts"]
