import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import { followAbort } from '../../../lib/http/follow-abort.js';

describe('followAbort', () => {
  it('aborts every follower with the signal, through one listener', () => {
    const source = new AbortController();
    const followers = Array.from({ length: 50 }, () => new AbortController());
    for (const follower of followers) followAbort(source.signal, follower);
    expect(getEventListeners(source.signal, 'abort')).toHaveLength(1);

    source.abort('stop');
    expect(followers.every((follower) => follower.signal.aborted)).toBe(true);
    expect(followers[0].signal.reason).toBe('stop');
  });

  it('stops a follower that unfollows', () => {
    const source = new AbortController();
    const follower = new AbortController();
    followAbort(source.signal, follower)();
    source.abort();
    expect(follower.signal.aborted).toBe(false);
  });

  it('aborts a follower at once when the signal has fired', () => {
    const follower = new AbortController();
    followAbort(AbortSignal.abort('gone'), follower);
    expect(follower.signal.reason).toBe('gone');
  });
});
