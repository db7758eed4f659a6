/**
 * A single Kafka broker in KRaft mode (broker and controller in one JVM) for the examples that declare
 * `# services: kafka`. Its jars come from Maven Central through `npm run setup:kafka` into
 * .cache/kafka/<version>/; the version is pinned here only. Kafka 4 brokers need Java 17 or newer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './pythons.ts';

/** The Kafka release the examples run against (Maven coordinates org.apache.kafka:kafka_2.13). */
export const kafkaVersion = '4.4.0';
/** Where `npm run setup:kafka` puts the broker's jars (gitignored). */
export const kafkaJarsDir = join(repoRoot, '.cache/kafka', kafkaVersion);
/** Written after every jar is in place, so a half-finished download is never taken for a complete one. */
export const kafkaStamp = join(kafkaJarsDir, '.complete');

/** What a started server hands back to the harness (see services.ts). */
export interface KafkaStarted {
  env: Record<string, string>;
  reset: () => Promise<void>;
  stops: (() => void)[];
}

type Helpers = {
  freePort: () => Promise<number>;
  waitFor: (what: string, check: () => boolean, seconds: number, log: () => string) => Promise<void>;
  logTail: (path: string, lines?: number) => string;
};

function properties(port: number, controllerPort: number, logDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${logDir}`,
    'num.partitions=1',
    // One broker: the internal topics cannot have more than one replica, and one partition is created fastest.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // A consumer group's first member gets its partitions at once instead of after 3 s.
    'group.initial.rebalance.delay.ms=0',
    '',
  ].join('\n');
}

/** Starts the broker; `reset()` restarts it on a fresh copy of the formatted, empty data directory. */
export async function startKafka({ freePort, waitFor, logTail }: Helpers): Promise<KafkaStarted> {
  if (!existsSync(kafkaStamp))
    throw new Error(`kafka: no broker jars in ${kafkaJarsDir}; run \`npm run setup:kafka\` (needs Maven).`);
  const classpath = join(kafkaJarsDir, '*');
  const dir = mkdtempSync(join(tmpdir(), 'guide-kafka-'));
  const [port, controllerPort] = [await freePort(), await freePort()];
  const config = join(dir, 'server.properties');
  const data = join(dir, 'data');
  const empty = join(dir, 'empty');
  const log = join(dir, 'kafka.log');
  writeFileSync(config, properties(port, controllerPort, data));
  const java = (main: string, args: string[]) => ['-Xmx512m', '-XX:+UseSerialGC', '-cp', classpath, main, ...args];
  const stops: (() => void)[] = [() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 })];
  // A cluster id is 16 random bytes in URL-safe base64 without padding. It can start with "-", which
  // argparse would read as an option, so it is passed as `--cluster-id=<id>`.
  const clusterId = randomBytes(16).toString('base64url');
  const format = spawnSync(
    'java',
    java('kafka.tools.StorageTool', ['format', '--standalone', `--cluster-id=${clusterId}`, '-c', config]),
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (format.status !== 0) {
    stops[0]!();
    throw new Error(`kafka: formatting the data directory failed:\n${format.stderr || format.stdout}`);
  }
  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  // The data is thrown away, so there is no need for a clean shutdown.
  const kill = () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  };
  const start = async () => {
    const out = openSync(log, 'w');
    child = spawn('java', java('kafka.Kafka', [config]), { stdio: ['ignore', out, out] });
    exited = new Promise((resolve) => child!.once('exit', resolve));
    const started = () => readFileSync(log, 'utf8').includes('Kafka Server started');
    await waitFor('kafka', started, 90, () => logTail(log));
  };
  stops.push(kill);
  // Saves the data directory as the empty state, or puts that state back, while the broker is down.
  const restart = async (save: boolean) => {
    kill();
    await exited;
    const [from, to] = save ? [data, empty] : [empty, data];
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
    await start();
  };
  let used = false;
  try {
    await start();
    // The group coordinator's topic is created on a client's first request; a consumer that comes first
    // would log errors while it waits. Create it now and keep it in the empty state every reset restores.
    spawnSync(
      'java',
      java('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', [
        '--bootstrap-server',
        `127.0.0.1:${port}`,
        '--describe',
        '--group',
        'guide-warm-up',
      ]),
      { stdio: 'ignore', timeout: 60_000 },
    );
    if (!existsSync(join(data, '__consumer_offsets-0')))
      throw new Error(`kafka: the consumer offsets topic was not created; end of its log:\n${logTail(log)}`);
    await restart(true);
  } catch (error) {
    for (const stop of stops.reverse()) stop();
    throw error;
  }
  return {
    env: { KAFKA_BOOTSTRAP: `127.0.0.1:${port}` },
    // Topics and committed offsets would carry over from one example (or one run) to the next.
    reset: async () => {
      if (!used) {
        used = true;
        return;
      }
      await restart(false);
    },
    stops,
  };
}
