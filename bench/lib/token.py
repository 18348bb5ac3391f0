#!/usr/bin/env python3
"""Signs a bearer token with the public dev key (src/main/dev-jwt/privateKey.pem) for benchmarks and
load tests against a packaged application started with JWT_PUBLIC_KEY_LOCATION pointing at the dev
public key. Uses openssl for the RS256 signature. Usage: token.py ROLE [AGENCY]"""
import base64
import json
import subprocess
import sys
import time


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


role = sys.argv[1]
agency = sys.argv[2] if len(sys.argv) > 2 else None
now = int(time.time())
claims = {"iss": "https://sinergi.local/issuer", "upn": f"bench.{role}", "sub": f"bench.{role}",
          "groups": [role], "iat": now, "exp": now + 6 * 3600}
if agency:
    claims["agency"] = agency
signing_input = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", "src/main/dev-jwt/privateKey.pem"],
                           input=signing_input.encode(), capture_output=True, check=True).stdout
print(signing_input + "." + b64(signature))
