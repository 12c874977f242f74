/**
 * The Lua scripts behind the shared limits: each runs atomically in Redis and reads the time from
 * Redis (`TIME`), never from a host, so processes on hosts with skewed clocks agree. Instants are
 * kept as whole microseconds (`%.0f`: Lua's `tostring` would round them) for the rate and the
 * pause, as milliseconds for leases (a sorted set's scores).
 */
import { createHash } from 'node:crypto';

export interface LuaScript {
  readonly lua: string;
  readonly sha: string;
}

function script(lua: string): LuaScript {
  return { lua, sha: createHash('sha1').update(lua).digest('hex') };
}

const nowMicros = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
`;

/**
 * KEYS: stop, pause, rate. ARGV: the rate's interval in µs (0: no rate), the burst.
 * → {'stopped', json} | {'wait', µs} | {'go', now µs}.
 * The rate is GCRA (a token bucket of `burst` tokens kept as one instant, the theoretical arrival
 * time): a request may go when it is not earlier than that instant less (burst − 1) intervals, and
 * the instant moves one interval on, so in any span t at most burst + rate × t requests go.
 */
export const gateScript = script(`${nowMicros}
local stop = redis.call('GET', KEYS[1])
if stop then return {'stopped', stop} end
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedUntil > now then return {'wait', string.format('%.0f', pausedUntil - now)} end
local interval = tonumber(ARGV[1])
if interval > 0 then
  local tolerance = (tonumber(ARGV[2]) - 1) * interval
  local arrival = math.max(tonumber(redis.call('GET', KEYS[3]) or '0'), now)
  if arrival - tolerance > now then return {'wait', string.format('%.0f', math.ceil(arrival - tolerance - now))} end
  local nextArrival = math.ceil(arrival + interval)
  redis.call('SET', KEYS[3], string.format('%.0f', nextArrival), 'PX', string.format('%.0f', math.ceil((nextArrival - now) / 1000) + 1000))
end
return {'go', string.format('%.0f', now)}
`);

/**
 * KEYS: in-flight (a sorted set: holder → lease end in ms). ARGV: holder, most holders, lease ms.
 * → 1 when the holder has a slot (taken, or renewed), 0 when all are taken. Leases past their end
 * are dropped first: a holder that died gives its slot back when its lease ends.
 */
export const slotScript = script(`
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local lease = tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], string.format('%.0f', now + lease), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], lease)
  return 1
end
return 0
`);

/** KEYS: pause. ARGV: ms. The pause ends `ms` from now, unless one under way ends later. */
export const pauseScript = script(`${nowMicros}
local ms = tonumber(ARGV[1])
local untilAt = now + ms * 1000
if ms > 0 and untilAt > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.0f', untilAt), 'PX', string.format('%.0f', math.ceil(ms)))
end
return 1
`);

/** KEYS: budget. ARGV: characters, limit. → {1, spent} when reserved, {0, spent} when it would pass the limit. */
export const reserveScript = script(`
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
if spent + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return {0, spent} end
return {1, redis.call('INCRBY', KEYS[1], ARGV[1])}
`);

/** KEYS: budget. ARGV: characters. Never below 0 (a budget lost in a Redis restart starts again at 0). */
export const refundScript = script(`
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
redis.call('SET', KEYS[1], math.max(0, spent - tonumber(ARGV[1])))
return 1
`);
