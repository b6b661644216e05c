-- The benchmark's wrk script (benchmark/run.py starts wrk with it).
-- Every run: report requests, errors and the 50th/95th/99th latency percentiles as one JSON line.
-- With BENCH_MODE=signup: send the workshop sign-up form, each time as a new person (a unique e-mail address),
-- with the CSRF cookie and token, the form's signed render time and the empty honeypot of one rendered form.
-- With BENCH_MODE=paths: request the space-separated addresses of BENCH_PATHS in turn (the memory run).

local mode = os.getenv("BENCH_MODE") or "get"
local threads = {}

function setup(thread)
   thread:set("thread_number", #threads + 1)
   table.insert(threads, thread)
end

local function urlencode(text)
   return (text:gsub("[^%w%-_%.~]", function(char) return string.format("%%%02X", string.byte(char)) end))
end

if mode == "paths" then
   local paths, next_path = {}, 0
   for path in (os.getenv("BENCH_PATHS") or "/"):gmatch("%S+") do table.insert(paths, path) end

   function request()
      next_path = next_path % #paths + 1
      return wrk.format("GET", paths[next_path])
   end
end

if mode == "signup" then
   local sent = 0
   received, other = 0, 0

   function request()
      sent = sent + 1
      local email = string.format("bench-%s-%d-%d@example.com", os.getenv("BENCH_RUN_ID"), thread_number, sent)
      local fields = {
         "csrfmiddlewaretoken=" .. urlencode(os.getenv("BENCH_CSRF_TOKEN")),
         "rendered_at=" .. urlencode(os.getenv("BENCH_RENDERED_AT")),
         "hp_ref_code=",
         "name=" .. urlencode("Benchmark participant " .. sent),
         "email=" .. urlencode(email),
         "organisation=",
         "stakeholder_group=resident",
         "language=en",
      }
      local headers = {
         ["Content-Type"] = "application/x-www-form-urlencoded",
         ["Cookie"] = "csrftoken=" .. os.getenv("BENCH_CSRF_COOKIE"),
      }
      return wrk.format("POST", os.getenv("BENCH_PATH"), headers, table.concat(fields, "&"))
   end

   -- What the person was told: that the sign-up was received, or anything else (which would be a failure).
   function response(status, headers, body)
      -- Every sign-up, with a seat or on the waitlist, gets the same answer (the e-mail tells which).
      if status == 200 and body:find("We have received your sign-up.", 1, true) then
         received = received + 1
      else
         other = other + 1
         if other == 1 then
            sample = status .. " " .. (body:match('class="signup%-outcome".-</div>') or body:sub(1, 200))
         end
      end
   end
end

function done(summary, latency, requests)
   local acknowledged, unexpected = 0, 0
   if mode == "paths" then
   local paths, next_path = {}, 0
   for path in (os.getenv("BENCH_PATHS") or "/"):gmatch("%S+") do table.insert(paths, path) end

   function request()
      next_path = next_path % #paths + 1
      return wrk.format("GET", paths[next_path])
   end
end

if mode == "signup" then
      for _, thread in ipairs(threads) do
         acknowledged = acknowledged + thread:get("received")
         unexpected = unexpected + thread:get("other")
      end
   end
   for _, thread in ipairs(threads) do
      local sample = mode == "signup" and thread:get("sample")
      if sample then io.write("BENCH_SAMPLE " .. sample:gsub("%s+", " ") .. "\n") end
   end
   local errors = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, "read_errors": %d, '
         .. '"write_errors": %d, "timeouts": %d, "non_2xx": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, '
         .. '"acknowledged": %d, "unexpected": %d}\n',
      summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write,
      errors.timeout, errors.status, latency:percentile(50), latency:percentile(95), latency:percentile(99),
      acknowledged, unexpected))
end
