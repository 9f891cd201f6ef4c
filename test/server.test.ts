// The request-count tests trust the test server's log: it must see every request, not a cached few.
import { expect } from '@open-wc/testing';
import { requestLog, uniqueKey } from './helpers.js';
it('the test server log counts every request', async () => {
  const key = uniqueKey('count');
  for (let i = 0; i < 3; i++) await (await fetch(`/api/ok/${key}/sample-minimal.json`)).text();
  expect((await requestLog(key)).count).to.equal(3);
});
