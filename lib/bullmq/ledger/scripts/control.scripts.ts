import { ledgerScript } from './ledger-lua.js';

/** Pauses the campaign: `'paused'`, or `'over'` (it has stopped or finished), or `'missing'`. */
export const PAUSE_CAMPAIGN = ledgerScript(
  'pauseCampaign',
  `
local m = rcall('HMGET', meta, 'createdAt', 'stop', 'finishedAt', 'paused')
if not m[1] then return 'missing' end
if m[2] or m[3] then return 'over' end
if not m[4] then
  rcall('HSET', meta, 'paused', '1')
  changed(true)
end
return 'paused'
`,
);

/**
 * Parks the batches whose jobs `pause` took out of the queue: `{'parked'}`; `{'resumed', generation}` when the
 * campaign was resumed meanwhile (their jobs are to be added again); `{'stopped'}`. ARGV: the indexes.
 */
export const PARK_BATCHES = ledgerScript(
  'parkBatches',
  `
local m = rcall('HMGET', meta, 'stop', 'paused', 'gen')
if m[1] then return {'stopped'} end
if not m[2] then return {'resumed', m[3]} end
rcall('SADD', parked, unpack(ARGV))
return {'parked'}
`,
);

/**
 * Resumes the campaign: `{'resumed', generation}`, the generation of the jobs of the parked batches, to be added
 * again; `{'over'}` (it stopped); `{'missing'}`.
 */
export const RESUME_CAMPAIGN = ledgerScript(
  'resumeCampaign',
  `
local m = rcall('HMGET', meta, 'createdAt', 'stop', 'paused', 'gen')
if not m[1] then return {'missing'} end
if m[2] then return {'over'} end
if not m[3] and rcall('SCARD', parked) == 0 then return {'resumed', m[4]} end
local generation = rcall('HINCRBY', meta, 'gen', 1)
if m[3] then
  rcall('HDEL', meta, 'paused')
  changed(true)
end
return {'resumed', generation}
`,
);

/**
 * Takes out of the parked set the batches whose jobs `resume` added again, unless the campaign was paused again
 * meanwhile (then they stay parked, for the next `resume`). ARGV: the indexes.
 */
export const UNPARK_BATCHES = ledgerScript(
  'unparkBatches',
  `
if rcall('HEXISTS', meta, 'paused') == 1 then return 0 end
return rcall('SREM', parked, unpack(ARGV))
`,
);

/** Cancels the campaign: `'cancelled'`, or `'over'` (it had stopped or finished), or `'missing'`. */
export const CANCEL_CAMPAIGN = ledgerScript(
  'cancelCampaign',
  `
local m = rcall('HMGET', meta, 'createdAt', 'finishedAt')
if not m[1] then return 'missing' end
if m[2] or not stop('cancelled', false) then return 'over' end
changed(true)
return 'cancelled'
`,
);
