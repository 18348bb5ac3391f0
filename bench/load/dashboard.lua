-- The dashboard mix of bench/load/run.sh (MIX=dashboard): many clients polling the same reports with
-- If-None-Match, as README "Dashboards: conditional GET" asks them to, while planners keep writing
-- (WRITE_SHARE of the requests, 1% by default, are realisation PUTs, which change the period's answers). Each wrk thread drives one connection
-- (run with as many threads as connections), so a response is the answer to the thread's last request
-- and its ETag can be kept for that path. 304 counts as success here; done() prints counts by status.
dofile("bench/load/shared.lua")
local reads = {
  tree, r .. "achievement/indicators" .. p .. "&year=2025", r .. "achievement/agencies" .. p .. "&year=2025",
  r .. "achievement/trees" .. p .. "&year=2025", r .. "shared-kpi-coverage" .. p .. "&year=2025",
  r .. "cross-cutting-outcomes" .. p .. "&year=2025", r .. "crosscutting-matrix" .. p .. "&year=2025",
  r .. "integrity" .. p, r .. "synergy" .. p, r .. "outcome-inputs" .. p .. "&year=2025",
}
local tags = {}
local last
-- global, so that report() can read each thread's counts with thread:get()
statuses = {}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

-- the share of requests that are writes: WRITE_SHARE in the environment, 1% without
local writeShare = tonumber(os.getenv("WRITE_SHARE") or "0.01")

function request()
  if math.random() < writeShare then
    last = nil
    local body = string.format('{"value": %.1f, "note": "dasbor"}', 60 + math.random() * 40)
    return wrk.format("PUT", tree .. "/indicators/IKU-S1-1/realisations/" .. (2024 + math.random(5)),
      {["Authorization"] = planner, ["Content-Type"] = "application/json"}, body)
  end
  last = reads[math.random(#reads)]
  local headers = {["Authorization"] = analyst}
  if tags[last] then
    headers["If-None-Match"] = tags[last]
  end
  return wrk.format("GET", last, headers)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if last and status == 200 then
    tags[last] = headers["ETag"] or headers["etag"]
  end
end

function done(summary, latency, requests)
  report(summary, latency, 400)
end
