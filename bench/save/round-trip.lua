-- wrk script of bench/save/round-trip.sh: on one connection, POST the step (the name with and without a
-- trailing "·", so every save changes something), then GET the page the answer redirects to, and take the next
-- POST's version and CSRF token from that page. The FILING_NOTICE cookie the POST sets goes with the GET, as a browser
-- would send it.
local body_t, path, cookie
local state, version, csrf, flip, loc, notice = 0, nil, nil, 0, nil, nil
function init(args)
  path = os.getenv("SAVE_PATH"); cookie = os.getenv("COOKIE")
  local f = io.open(os.getenv("BODY_FILE")); body_t = f:read("*a"):gsub("%s+$", ""); f:close()
  version = os.getenv("VERSION0"); csrf = os.getenv("CSRF0")
end
function request()
  if state == 0 then
    flip = 1 - flip
    local b = body_t:gsub("@@VERSION@@", version):gsub("@@CSRF@@", csrf):gsub("@@FLIP@@", flip == 1 and "%%C2%%B7" or "")
    return wrk.format("POST", path, {["Cookie"]=cookie, ["Content-Type"]="application/x-www-form-urlencoded", ["Accept-Encoding"]="gzip"}, b)
  else
    return wrk.format("GET", loc, {["Cookie"]=cookie .. (notice and ("; " .. notice) or ""), ["Accept-Encoding"]="identity"})
  end
end
function response(status, headers, body)
  if state == 0 then
    if status ~= 302 then io.stderr:write("POST " .. status .. "\n"); return end
    loc = headers["Location"]:gsub("^https?://[^/]+", ""); state = 1
    local sc = headers["Set-Cookie"]; notice = sc and sc:match("(FILING_NOTICE=[^;]+)") or nil
  else
    local v = body:match('name="_version" value="(%-?%d+)"'); local c = body:match('name="_csrf" value="([^"]+)"')
    if v then version = v end
    if c then csrf = c end
    state = 0
  end
end
