'use strict';
// Preloaded into a benchmarked copydesk (node --require): writes the process's peak resident
// memory, worker threads included, to the file named by COPYDESK_BENCH_RSS when it exits.
process.on('exit', () => {
  const file = process.env.COPYDESK_BENCH_RSS;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
