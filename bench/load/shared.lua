-- What both mixes share (loaded with dofile from the repository's root): the tokens (ANALYST, PLANNER in
-- the environment), the demo tree and report paths, and what they print at the end: counts by status,
-- errors (statuses from errorFrom up), socket errors, throughput and latency percentiles. Each wrk
-- thread keeps its own counts in the global `statuses`; setup() gathers the threads so report() can
-- add them up.
analyst = "Bearer " .. os.getenv("ANALYST")
planner = "Bearer " .. os.getenv("PLANNER")
tree = "/api/v1/agencies/KEMENPANRB/cascades/2025-2029"
r = "/api/v1/reports/"
p = "?period=2025-2029"

threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function report(summary, latency, errorFrom)
  local counts, total, errors = {}, 0, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  for status, n in pairs(counts) do
    total = total + n
    if status >= errorFrom then
      errors = errors + n
    end
    io.write(string.format("status %d: %d\n", status, n))
  end
  io.write(string.format("requests %d, errors (status %d and up) %d, socket errors %d\n", total, errorFrom, errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.1f req/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
