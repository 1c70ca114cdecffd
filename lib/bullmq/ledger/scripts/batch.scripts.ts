import { ledgerScript } from './ledger-lua.js';

/**
 * A worker takes batch `index` for job `jobId`, before sending it: `{'send', receptors, parts}` once the batch is
 * marked as being sent by this job. Otherwise nothing is to be sent: `{'interrupted'}` (this job's earlier run died
 * while sending: the batch is now unknown), `{'busy'}` (another job is sending it), `{'settled'}`, `{'skipped'}`
 * (the campaign stopped), `{'parked'}` (the campaign is paused: the batch waits in the parked set), `{'gone'}`.
 * ARGV: index, jobId.
 */
export const CLAIM_BATCH = ledgerScript(
  'claimBatch',
  `
local m = rcall('HMGET', meta, 'parts', 'stop', 'paused')
if not m[1] then return {'gone'} end
local index = ARGV[1]
local record = rcall('HGET', records, index)
if record then
  if record == 's|' .. ARGV[2] then
    local n = size(index)
    rcall('HSET', records, index, INTERRUPTED)
    rcall('HINCRBY', meta, 'sending', -n)
    rcall('HINCRBY', meta, 'unknown', n)
    changed()
    return {'interrupted'}
  end
  if string.sub(record, 1, 2) == 's|' then return {'busy'} end
  return {'settled'}
end
if m[2] then return {'skipped'} end
if m[3] then
  rcall('SADD', parked, index)
  return {'parked'}
end
local list = rcall('HGET', receptorsKey, index)
if not list then return {'gone'} end
rcall('HSET', records, index, 's|' .. ARGV[2])
rcall('HINCRBY', meta, 'sending', countOf(list))
return {'send', list, m[1]}
`,
);

/**
 * Settles batch `index`, sent by job `jobId`, with its outcome; with `haltedBy`, halts the campaign too. A batch
 * settled unknown because its job was taken for dead takes the outcome its job learnt after all, unless that is
 * unknown too. Returns `'settled'`, `'halted'` (this outcome halted the campaign) or `'stale'` (nothing changed).
 * ARGV: index, jobId, record, count ('accepted', 'failed' or 'unknown'), haltedBy (the error as JSON, or empty),
 * the batch's receptors (as many as the claim gave).
 */
export const SETTLE_BATCH = ledgerScript(
  'settleBatch',
  `
local index = ARGV[1]
local record = rcall('HGET', records, index)
local from
if record == 's|' .. ARGV[2] then
  from = 'sending'
elseif record == INTERRUPTED and ARGV[4] ~= 'unknown' then
  from = 'unknown'
else
  return 'stale'
end
local n = tonumber(ARGV[6])
rcall('HSET', records, index, ARGV[3])
rcall('HINCRBY', meta, from, -n)
rcall('HINCRBY', meta, ARGV[4], n)
local halted = ARGV[5] ~= '' and stop('halted', ARGV[5])
changed(halted)
if halted then return 'halted' end
return 'settled'
`,
);

/**
 * Job `jobId` gives batch `index` back unsent, after an error the provider cannot have accepted: `'queued'` (its job
 * is to be tried again), `'parked'` (the campaign is paused), `'skipped'` (it stopped) or `'stale'`.
 * ARGV: index, jobId, the batch's receptors (as many as the claim gave).
 */
export const RELEASE_BATCH = ledgerScript(
  'releaseBatch',
  `
local index = ARGV[1]
if rcall('HGET', records, index) ~= 's|' .. ARGV[2] then return 'stale' end
local n = tonumber(ARGV[3])
rcall('HDEL', records, index)
rcall('HINCRBY', meta, 'sending', -n)
local m = rcall('HMGET', meta, 'stop', 'paused')
if m[1] then
  rcall('HINCRBY', meta, 'skipped', n)
  changed()
  return 'skipped'
end
if m[2] then
  rcall('SADD', parked, index)
  return 'parked'
end
return 'queued'
`,
);

/**
 * BullMQ gave up job `jobId` of batch `index` (tries or stalls used up): a batch it was sending becomes unknown, a
 * pending one failed. Returns `'unknown'`, `'failed'` or `'settled'` (nothing changed).
 * ARGV: index, jobId, the record of a failed batch.
 */
export const ABANDON_BATCH = ledgerScript(
  'abandonBatch',
  `
local index = ARGV[1]
local record = rcall('HGET', records, index)
local n = size(index)
if record == 's|' .. ARGV[2] then
  rcall('HSET', records, index, INTERRUPTED)
  rcall('HINCRBY', meta, 'sending', -n)
  rcall('HINCRBY', meta, 'unknown', n)
  changed()
  return 'unknown'
end
if record or n == 0 or rcall('HEXISTS', meta, 'stop') == 1 then return 'settled' end
rcall('HSET', records, index, ARGV[3])
rcall('HINCRBY', meta, 'failed', n)
changed()
return 'failed'
`,
);
