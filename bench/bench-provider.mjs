// The benchmark's provider: a minimal keep-alive node:http server on 127.0.0.1 that reads each request and answers
// the success envelope, a fixed string, so that the server is never the bottleneck (or, with `delayMs`, a slow one).
import { createServer } from 'node:http';

const REPLY = JSON.stringify({
  data: {
    message_id: '55800454-fe52-44b3-9c44-43c87d6f29b2',
    status: 100,
    statustext: 'تایید شد',
    time: 1646473372,
  },
});
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': Buffer.byteLength(REPLY),
};

/** Starts the server, answering each request at once or after `delayMs`; resolves to its API root and a way to stop it. */
export async function startBenchProvider({ delayMs = 0 } = {}) {
  const answer = (response) => {
    if (response.destroyed) return;
    response.writeHead(200, HEADERS);
    response.end(REPLY);
  };
  const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    request.resume();
    request.on('end', () => (delayMs > 0 ? setTimeout(answer, delayMs, response) : answer(response)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}/api/v1`,
    description: 'node:http keep-alive server on 127.0.0.1 answering a fixed success envelope',
    stop: () => new Promise((resolve) => server.close(resolve).closeAllConnections()),
  };
}
