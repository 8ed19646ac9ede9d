-- wrk script of bench/serve: requests the paths of the file $PATHS in turn (one per line), with
-- the Accept header $ACCEPT when set.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local headers = {}
if os.getenv("ACCEPT") then
  headers["Accept"] = os.getenv("ACCEPT")
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
