'use strict';
// A copydesk worker thread (--jobs): loads the bundle once, then analyses the files it is sent,
// one at a time, and posts each report back with its index.
const { parentPort } = require('node:worker_threads');
const { loadBundle } = require('./load-bundle.cjs');

const { cli } = loadBundle();

parentPort.on('message', (task) => {
  cli.analyseTask(task.source, task.options).then(
    (report) => parentPort.postMessage({ index: task.index, report }),
    (error) => parentPort.postMessage({ index: task.index, error: String((error && error.message) || error) }),
  );
});
