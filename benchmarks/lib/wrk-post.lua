-- wrk script of `npm run bench:serve` (benchmarks/serve.ts): POSTs the bodies of a file, one JSON
-- body per line, in turn. Usage: wrk -s wrk-post.lua <url> -- <bodies file>
local bodies = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  -- threads start at different bodies
  i = math.random(#bodies) - 1
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
