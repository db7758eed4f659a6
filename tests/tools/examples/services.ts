/**
 * Servers the examples declare (`# services: postgres, redis, rabbitmq, kafka`), from the system's packages
 * (Kafka from jars in .cache, see kafka.ts), started on 127.0.0.1 with throwaway data directories for the
 * run only. A server that fails to
 * start is named, with the end of its log.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '../../../src/lib/examples/header.ts';
import { startKafka } from './kafka.ts';
import { freePort } from '../../support/free-port.ts';

function run(command: string, args: string[], options: { asUser?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const asRoot = options.asUser && process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', options.asUser!, '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', env: options.env ?? process.env, timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout || String(result.error)}`);
  }
  return result.stdout;
}

/** The last lines of a log file, indented, for error messages. */
function logTail(path: string, lines = 25): string {
  if (!existsSync(path)) return `  (no log at ${path})`;
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => `  │ ${line}`)
    .join('\n');
}

async function waitFor(what: string, check: () => boolean, seconds: number, log: () => string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${seconds}s; end of its log:\n${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function findPgBin(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0])
    throw new Error('postgres: not installed (no /usr/lib/postgresql/*/bin/initdb); install the "postgresql" package.');
  return join(root, versions[0], 'bin');
}

export interface RunningServices {
  /** Environment variables for the examples: DATABASE_URL, PG*, REDIS_URL, AMQP_URL, KAFKA_BOOTSTRAP. */
  env: Record<string, string>;
  /** Gives an example a clean state: a fresh database, an empty Redis, a restarted empty Kafka. */
  reset(services: readonly Service[]): Promise<void>;
  stop(): void;
}

type Started = { env: Record<string, string>; reset?: () => void | Promise<void>; stops: (() => void)[] };

async function startPostgres(): Promise<Started> {
  const bin = findPgBin();
  const root = mkdtempSync(join(tmpdir(), 'guide-pg-'));
  const stops = [() => rmSync(root, { recursive: true, force: true })];
  const user = process.getuid?.() === 0 ? 'postgres' : undefined;
  if (user) {
    chmodSync(root, 0o755);
    const uid = Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
    chownSync(root, uid, gid);
  }
  const as = user ? { asUser: user } : {};
  const data = join(root, 'data');
  const log = join(root, 'log');
  const port = await freePort();
  try {
    run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
      as,
    );
    const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    run(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start'], as);
  } catch (error) {
    stops[0]!();
    throw new Error(`postgres failed to start: ${String(error)}\nend of its log:\n${logTail(log)}`, { cause: error });
  }
  stops.push(() => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as));
  const psql = (sql: string) =>
    run(join(bin, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-qc',
      sql,
    ]);
  return {
    env: {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/guide`,
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGUSER: 'postgres',
      PGDATABASE: 'guide',
    },
    reset: () => {
      psql('DROP DATABASE IF EXISTS guide WITH (FORCE)');
      psql('CREATE DATABASE guide');
    },
    stops,
  };
}

async function startRedis(): Promise<Started> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'guide-redis-'));
  const log = join(dir, 'redis.log');
  const stops = [() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 })];
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--logfile',
    log,
  ];
  const server = spawn('redis-server', args, { stdio: 'ignore' });
  const cli = (...rest: string[]) => run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...rest]);
  // SHUTDOWN returns once the server has exited, so its folder can be removed after it.
  stops.push(() => {
    spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'SHUTDOWN', 'NOSAVE'], { timeout: 10_000 });
    server.kill('SIGKILL');
  });
  try {
    await waitFor(
      'redis',
      () => cli('PING').trim() === 'PONG',
      15,
      () => logTail(log),
    );
  } catch (error) {
    for (const stop of stops.reverse()) stop();
    throw error;
  }
  const reset = () => {
    cli('FLUSHALL');
  };
  return { env: { REDIS_URL: `redis://127.0.0.1:${port}/0` }, reset, stops };
}

async function startRabbitmq(): Promise<Started> {
  const server = '/usr/lib/rabbitmq/bin/rabbitmq-server';
  if (!existsSync(server))
    throw new Error('rabbitmq: not installed (no rabbitmq-server); install the "rabbitmq-server" package.');
  const port = await freePort();
  const dist = await freePort();
  const epmdPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'guide-rabbitmq-'));
  const node = `guide${port}@localhost`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(dist),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: dir,
    RABBITMQ_LOGS: join(dir, 'rabbit.log'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
    // A private epmd on its own port, so stopping it cannot disturb another Erlang node on the machine.
    ERL_EPMD_PORT: String(epmdPort),
    RABBITMQ_SERVER_START_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
  };
  const stops: (() => void)[] = [
    () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }),
    () => spawnSync('epmd', ['-port', String(epmdPort), '-kill'], { env, timeout: 10_000 }),
  ];
  const child: ChildProcess = spawn(server, [], { env, stdio: 'ignore', detached: true });
  stops.push(() => {
    spawnSync('/usr/lib/rabbitmq/bin/rabbitmqctl', ['-n', node, 'stop'], { env, timeout: 30_000 });
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  const ping = () =>
    spawnSync('/usr/lib/rabbitmq/bin/rabbitmq-diagnostics', ['-n', node, '-q', 'check_port_connectivity'], {
      env,
      timeout: 20_000,
    }).status === 0;
  try {
    await waitFor('rabbitmq', ping, 90, () => logTail(join(dir, 'rabbit.log')));
  } catch (error) {
    for (const stop of stops.reverse()) stop();
    throw error;
  }
  const ctl = (...args: string[]) => run('/usr/lib/rabbitmq/bin/rabbitmqctl', ['-n', node, '-q', ...args], { env });
  return {
    env: { AMQP_URL: `amqp://guest:guest@127.0.0.1:${port}/` },
    // A clean broker for each example: drop its queues (the default vhost stays).
    reset: () => {
      for (const queue of ctl('list_queues', 'name', '--no-table-headers').split('\n').filter(Boolean)) {
        ctl('delete_queue', queue.trim());
      }
    },
    stops,
  };
}

const starters: Record<Service, () => Promise<Started>> = {
  postgres: startPostgres,
  redis: startRedis,
  rabbitmq: startRabbitmq,
  kafka: () => startKafka({ freePort, waitFor, logTail }),
};

/** Starts the servers that the given examples declare; `stop()` removes every trace. */
export async function startServices(needed: ReadonlySet<Service>): Promise<RunningServices> {
  const env: Record<string, string> = {};
  const stops: (() => void)[] = [];
  const resets = new Map<Service, () => void | Promise<void>>();
  const stopAll = () => {
    for (const stop of stops.reverse()) {
      try {
        stop();
      } catch (error) {
        console.error(String(error));
      }
    }
    stops.length = 0;
  };
  try {
    for (const service of needed) {
      const started = await starters[service]();
      Object.assign(env, started.env);
      stops.push(...started.stops);
      if (started.reset) resets.set(service, started.reset);
    }
  } catch (error) {
    stopAll();
    throw error;
  }
  const onExit = () => stopAll();
  process.once('exit', onExit);
  return {
    env,
    reset: async (services) => {
      for (const service of services) await resets.get(service)?.();
    },
    stop: () => {
      process.off('exit', onExit);
      stopAll();
    },
  };
}
