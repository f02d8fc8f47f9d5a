-- POSTs the request body in $BODY_FILE (without it, GETs the URL as given: a persisted query);
-- counts responses that are not HTTP 200 with data and no errors, or whose length differs from the
-- first; prints one JSON line of results at the end.
if (os.getenv("BODY_FILE") or "") ~= "" then
  local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = f:read("*a")
  f:close()
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

bad = 0
length = nil
function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) or not body:find('"data"', 1, true)
      or (length ~= nil and #body ~= length) then
    bad = bad + 1
  end
  if length == nil then length = #body end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, thread in ipairs(threads) do bad_total = bad_total + thread:get("bad") end
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "bad": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad_total,
    e.connect + e.read + e.write + e.status + e.timeout))
end
