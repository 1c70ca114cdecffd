import { ledgerScript } from './ledger-lua.js';

/**
 * Creates the campaign unless it exists, then says whether it can be fed: `{'feed', batches, queued, total}`,
 * `{'fed'}` when every batch is recorded already, `{'mismatch'}` when it exists with other message parts or
 * chunk size. ARGV: parts, segments, chunkSize, sendAt, attempts, retryDelayMs (its jobs' schedule, kept as first
 * given).
 */
export const OPEN_CAMPAIGN = ledgerScript(
  'openCampaign',
  `
if rcall('EXISTS', meta) == 0 then
  rcall('HSET', meta, 'parts', ARGV[1], 'segments', ARGV[2], 'chunkSize', ARGV[3], 'sendAt', ARGV[4],
    'attempts', ARGV[5], 'retryDelayMs', ARGV[6], 'createdAt', now(), 'batches', 0, 'queued', 0, 'total', 0, 'accepted', 0, 'failed', 0, 'unknown', 0,
    'skipped', 0, 'sending', 0, 'invalid', 0, 'gen', 0, 'version', 0)
  changed()
end
local m = rcall('HMGET', meta, 'parts', 'chunkSize', 'fed', 'batches', 'queued', 'total')
if m[1] ~= ARGV[1] or m[2] ~= ARGV[3] then return {'mismatch'} end
if m[3] == '1' then return {'fed'} end
return {'feed', m[4], m[5], m[6]}
`,
);

/**
 * Records the next batches, from index `first`, with the invalid inputs read so far and how many batches have their
 * jobs: `'queue'` (add their jobs), `'parked'` (the campaign is paused: they wait in the parked set), `'stopped'`
 * (recorded nothing: the campaign was cancelled or halted), `'lost'` (another `start` recorded them). ARGV: first,
 * invalid, queued, then each batch's receptors, comma-separated.
 */
export const RECORD_BATCHES = ledgerScript(
  'recordBatches',
  `
local m = rcall('HMGET', meta, 'batches', 'stop', 'paused', 'invalid')
if not m[1] then return 'lost' end
if m[2] then return 'stopped' end
local first = tonumber(ARGV[1])
if tonumber(m[1]) ~= first then return 'lost' end
local fields, indexes, receptors = {}, {}, 0
for i = 4, #ARGV do
  local index = first + i - 4
  fields[#fields + 1] = index
  fields[#fields + 1] = ARGV[i]
  indexes[#indexes + 1] = index
  receptors = receptors + countOf(ARGV[i])
end
rcall('HSET', receptorsKey, unpack(fields))
rcall('HINCRBY', meta, 'batches', #indexes)
rcall('HINCRBY', meta, 'total', receptors)
rcall('HSET', meta, 'queued', ARGV[3])
if tonumber(ARGV[2]) > tonumber(m[4]) then rcall('HSET', meta, 'invalid', ARGV[2]) end
changed()
if m[3] then
  rcall('SADD', parked, unpack(indexes))
  return 'parked'
end
return 'queue'
`,
);

/**
 * Closes the feed once every batch is recorded and queued: `'fed'`, or `'stopped'`, or `'lost'` when the campaign
 * holds other than `batches` batches. ARGV: batches, invalid.
 */
export const CLOSE_FEED = ledgerScript(
  'closeFeed',
  `
local m = rcall('HMGET', meta, 'batches', 'stop', 'invalid')
if not m[1] then return 'lost' end
if m[2] then return 'stopped' end
if tonumber(m[1]) ~= tonumber(ARGV[1]) then return 'lost' end
rcall('HSET', meta, 'fed', '1', 'queued', m[1])
if tonumber(ARGV[2]) > tonumber(m[3]) then rcall('HSET', meta, 'invalid', ARGV[2]) end
changed()
return 'fed'
`,
);
