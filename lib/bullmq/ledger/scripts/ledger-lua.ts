import { INTERRUPTED_RECORD } from '../batch-record.js';

/**
 * The start of every ledger script: its keys, always the five of one campaign (`CampaignKeys`, in that order), and
 * the helpers the scripts share. A script runs whole, alone in Redis: each one changes a batch's record together
 * with the campaign's counts, or does nothing.
 *
 * The campaign's hash holds: `parts` (the message parts as JSON), `segments` (per message), `chunkSize`, its jobs'
 * schedule (`sendAt`, in milliseconds or empty, `attempts`, `retryDelayMs`), `createdAt`; `batches` (recorded), `queued` (whose jobs were added), `fed` (`1` once
 * every batch is recorded); the counts in receptors `total`, `accepted`, `failed`, `unknown`, `skipped`, and
 * `sending` (of batches being sent, part of the pending ones); `invalid` (inputs); `paused` (`1`), `stop`
 * (`cancelled` or `halted`), `haltedBy` (the error as JSON), `finishedAt`; `gen` (the resumes that queued batches
 * again), `version` (bumped on every change of the counts or the state, and published, or `finished` when the change
 * finished the campaign) and `publishedAt` (when it was last published).
 */
export const LEDGER_LUA = `
local rcall = redis.call
local meta, receptorsKey, records, parked, events = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]

-- The record of a batch whose worker died while sending it.
local INTERRUPTED = [==[${INTERRUPTED_RECORD}]==]

local function now()
  local time = rcall('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

local function countOf(list)
  local _, commas = string.gsub(list, ',', '')
  return commas + 1
end

local function size(index)
  local list = rcall('HGET', receptorsKey, index)
  if not list then return 0 end
  return countOf(list)
end

local function counts()
  local c = rcall('HMGET', meta, 'total', 'accepted', 'failed', 'unknown', 'skipped', 'sending')
  for i = 1, 6 do c[i] = tonumber(c[i] or '0') end
  return { total = c[1], settled = c[2] + c[3] + c[4] + c[5], sending = c[6] }
end

-- Marks the campaign finished once its feed is closed and every receptor settled, then tells the watchers: 'finished',
-- or the new version, at most every PUBLISH_MS unless urgent (a pause, a stop): they read the campaign no more
-- often, and read it anyway every second.
local PUBLISH_MS = 50
local function changed(urgent)
  local version = rcall('HINCRBY', meta, 'version', 1)
  local state = rcall('HMGET', meta, 'fed', 'finishedAt', 'publishedAt')
  local time = now()
  if state[1] == '1' and not state[2] then
    local c = counts()
    if c.settled >= c.total then
      rcall('HSET', meta, 'finishedAt', time)
      version = 'finished'
      urgent = true
    end
  end
  if urgent or time - tonumber(state[3] or '0') >= PUBLISH_MS then
    rcall('HSET', meta, 'publishedAt', time)
    rcall('PUBLISH', events, version)
  end
end

-- Stops the campaign, cancelled or halted, unless it has stopped already: closes its feed, and counts every receptor
-- neither settled nor being sent as skipped. Its pending batches keep no record: they are skipped.
local function stop(reason, haltedBy)
  if rcall('HEXISTS', meta, 'stop') == 1 then return false end
  local c = counts()
  rcall('HSET', meta, 'stop', reason, 'fed', '1')
  if haltedBy then rcall('HSET', meta, 'haltedBy', haltedBy) end
  rcall('HINCRBY', meta, 'skipped', c.total - c.settled - c.sending)
  rcall('HDEL', meta, 'paused')
  rcall('DEL', parked)
  return true
end
`;

/** A ledger script: its name (for logs) and its Lua, the shared start included. */
export interface LedgerScript {
  name: string;
  lua: string;
}

/** A ledger script made of the shared start and `body`. */
export function ledgerScript(name: string, body: string): LedgerScript {
  return { name, lua: `${LEDGER_LUA}\n${body}` };
}
