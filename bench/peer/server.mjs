// Serves the peer over HTTP at POST /graphql, as `postgraphile` would, without GraphiQL or watch mode.
// Node servers are deployed one process per core: the primary forks PEER_PROCESSES workers (default:
// the machine's cores) that share the port, and splits the pool PEER_POOL_SIZE between them, so the
// peer holds as many database connections in all as Analyst's pool.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

const env = process.env;

if (cluster.isPrimary) {
  const processes = Number(env.PEER_PROCESSES ?? availableParallelism());
  const pool = Number(env.PEER_POOL_SIZE ?? 20);
  let listening = 0;
  for (let i = 0; i < processes; i++) {
    const share = Math.floor(pool / processes) + (i < pool % processes ? 1 : 0);
    cluster.fork({ PEER_POOL_SIZE: String(share) }).on("listening", () => {
      if (++listening === processes) console.log(`peer listening with ${processes} processes, pool ${pool} in all`);
    });
  }
  cluster.on("exit", (worker, code) => {
    console.error(`peer process ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  });
} else {
  const { postgraphile } = await import("postgraphile");
  const { grafserv } = await import("postgraphile/grafserv/node");
  const { default: preset } = await import("./graphile.config.mjs");
  const serv = postgraphile(preset).createServ(grafserv);
  const server = createServer();
  server.on("error", (e) => {
    console.error(e);
    process.exit(1);
  });
  await serv.addTo(server);
  const { port, host } = preset.grafserv;
  server.listen(port, host);
}
