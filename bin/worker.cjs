'use strict';
// A copydesk worker thread (--jobs): loads the bundle once, then analyses the files it is sent,
// one at a time, and posts each result back with its index: the report formatted as JSON or
// NDJSON already, so the main thread only writes it. A file too large for a worker's heap goes
// back to the main thread (`back`).
const { parentPort } = require('node:worker_threads');
const { loadBundle } = require('./load-bundle.cjs');

const { cli } = loadBundle();

parentPort.on('message', (task) => {
  cli.formattedTask(task.source, task.index, task.options).then(
    (result) => parentPort.postMessage(result === null ? { index: task.index, back: true } : { index: task.index, result }),
    (error) => parentPort.postMessage({ index: task.index, error: String((error && error.message) || error) }),
  );
});
