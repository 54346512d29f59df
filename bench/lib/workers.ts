// `dealdb worker` processes for a benchmark run, started and waited for until BullMQ lists them
// all on the extract queue.
import { setTimeout as sleep } from 'node:timers/promises';
import { openQueues } from '../../jobs/queues';
import { loadConfig } from '../../src/config';
import { startDealdb, type DealdbProcess } from './processes';

const START_TIMEOUT_MS = 120_000;

export async function startWorkerProcesses(count: number, args: string[], env: Record<string, string>): Promise<DealdbProcess[]> {
  const procs: DealdbProcess[] = [];
  const queues = openQueues({ ...loadConfig(env), redisUrl: env.REDIS_URL });
  try {
    for (let k = 0; k < count; k++) procs.push(startDealdb(['worker', ...args], env));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while ((await queues.extract.getWorkersCount()) < count) {
      const dead = procs.find((p) => p.child.exitCode !== null);
      if (dead) throw new Error(`a worker exited during start-up:\n${dead.output()}`);
      if (Date.now() > deadline) throw new Error(`workers did not start within ${START_TIMEOUT_MS / 1000} s:\n${procs.map((p) => p.output()).join('\n')}`);
      await sleep(200);
    }
    return procs;
  } catch (err) {
    await Promise.all(procs.map((p) => p.stop()));
    throw err;
  } finally {
    await queues.close();
  }
}
