-- The request mix of bench/load/run.sh: 90% reads and reports, 10% writes (realisations and whole
-- trees) on the demo dataset. Tokens come in the environment (ANALYST, PLANNER). Every response that is
-- not 2xx counts as an error; done() prints them by status.
dofile("bench/load/shared.lua")
local reads = {
  tree, tree .. "?form=nested", tree .. "/versions", tree .. "/nodes/P1", tree .. "/diff?from=1",
  tree .. "/indicators/IKU-S1-1/realisations",
  "/api/v1/agencies?size=50", "/api/v1/crosscutting-links" .. p, "/api/v1/search/nodes" .. p .. "&q=pengaduan",
  r .. "achievement/indicators" .. p .. "&year=2025", r .. "achievement/nodes" .. p .. "&year=2025&agency=KSP",
  r .. "achievement/trees" .. p .. "&year=2025", r .. "achievement/agencies" .. p .. "&year=2025",
  r .. "shared-kpi-coverage" .. p .. "&year=2025", r .. "cross-cutting-outcomes" .. p .. "&year=2025",
  r .. "crosscutting-matrix" .. p .. "&year=2025", r .. "integrity" .. p, r .. "duplication" .. p,
  r .. "outcome-inputs" .. p .. "&year=2025", r .. "synergy" .. p,
}
local treeBody
-- global, so that report() can read each thread's counts with thread:get()
statuses = {}

function init(args)
  local file = assert(io.open("examples/lapor-kemenpanrb.json", "r"))
  treeBody = file:read("*a")
  file:close()
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local dice = math.random(100)
  if dice <= 8 then
    local body = string.format('{"value": %.1f, "note": "beban"}', 60 + math.random() * 40)
    return wrk.format("PUT", tree .. "/indicators/IKU-S1-1/realisations/" .. (2024 + math.random(5)),
      {["Authorization"] = planner, ["Content-Type"] = "application/json"}, body)
  elseif dice <= 10 then
    return wrk.format("PUT", tree, {["Authorization"] = planner, ["Content-Type"] = "application/json",
      ["If-Match"] = "*"}, treeBody)
  end
  return wrk.format("GET", reads[math.random(#reads)], {["Authorization"] = analyst})
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  report(summary, latency, 300)
end
