/**
 * npm run setup:kafka
 *
 * Puts the jars of one Kafka broker (kafka_2.13 at the version pinned in examples/kafka.ts, with its
 * runtime dependencies and an SLF4J binding that logs to stderr) into .cache/kafka/<version>/, from Maven
 * Central with Maven's dependency plugin. Nothing happens when they are already there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { kafkaJarsDir, kafkaStamp, kafkaVersion } from './examples/kafka.ts';
import { repoRoot } from './examples/pythons.ts';

const slf4jVersion = '2.0.17';

const dependency = (group: string, artifact: string, version: string) =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;

const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>guide</groupId><artifactId>kafka-broker</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    ${dependency('org.apache.kafka', 'kafka_2.13', kafkaVersion)}
    ${dependency('org.apache.kafka', 'kafka-tools', kafkaVersion)}
    ${dependency('org.slf4j', 'slf4j-api', slf4jVersion)}
    ${dependency('org.slf4j', 'slf4j-simple', slf4jVersion)}
  </dependencies>
</project>
`;

if (existsSync(kafkaStamp)) {
  console.log(`✓ ${relative(repoRoot, kafkaJarsDir)} (Kafka ${kafkaVersion}) is in place`);
} else {
  const work = mkdtempSync(join(tmpdir(), 'guide-kafka-pom-'));
  try {
    writeFileSync(join(work, 'pom.xml'), pom);
    rmSync(kafkaJarsDir, { recursive: true, force: true });
    console.log(`Fetching Kafka ${kafkaVersion} jars from Maven Central into ${relative(repoRoot, kafkaJarsDir)}`);
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${kafkaJarsDir}`],
      { cwd: work, stdio: 'inherit' },
    );
    if (mvn.error) throw new Error(`setup:kafka needs Maven (apt-get install maven): ${String(mvn.error)}`);
    if (mvn.status !== 0) throw new Error(`setup:kafka: mvn exited with ${mvn.status}`);
    writeFileSync(kafkaStamp, `${kafkaVersion}\n`);
    console.log(`✓ ${readdirSync(kafkaJarsDir).filter((f) => f.endsWith('.jar')).length} jars`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
