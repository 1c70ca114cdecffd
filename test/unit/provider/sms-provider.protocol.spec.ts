import { describe, expect, it } from '@jest/globals';
import { sendArrayBody, sendArrayUrl } from '../../../lib/provider/sms-provider.protocol.js';

describe('sendArrayUrl', () => {
  it('URL-encodes the key into the path', () => {
    expect(sendArrayUrl('https://example.com/api/v1', 'a/b?c#d')).toBe(
      'https://example.com/api/v1/a%2Fb%3Fc%23d/sendArray',
    );
  });
});

describe('sendArrayBody', () => {
  it("writes the fields in the provider's order, leaving out an absent date", () => {
    expect(Object.keys(sendArrayBody({ sender: '3000', message: 'Hi' }, ['09121234567']))).toEqual([
      'sender',
      'message',
      'receptors',
    ]);
    expect(
      Object.keys(
        sendArrayBody({ date: '2030-01-01 10:00:00', message: 'Hi', sender: '3000' }, ['09121234567']),
      ),
    ).toEqual(['sender', 'message', 'receptors', 'date']);
  });
});
