// Run in a process of its own by queue.mjs: the benchmark's provider (bench-provider.mjs), so that neither the
// in-process sendBulk nor the queue's worker processes share its event loop. Prints its API root, and stops when
// its parent closes its stdin.
import { startBenchProvider } from './bench-provider.mjs';

const provider = await startBenchProvider();
console.log(provider.baseUrl);
process.stdin.resume();
process.stdin.on('end', () => provider.stop().then(() => process.exit(0)));
