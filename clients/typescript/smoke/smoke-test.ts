// Smoke test of the generated client against a running API (started by ./build.sh --target=Test).
// Proves the committed client, the served contract and the dev-token flow agree end to end.
// Env: PAGESHARE_API_URL (the API's root URL), PAGESHARE_TOKEN (a token from the dev-token verb).
import { ApiException, PageShareClient } from "../src/pageshare-client.js";

interface Check {
  name: string;
  run: () => Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

// The generated client takes any object with fetch(); this one adds the bearer token and a timeout,
// so a hung API fails the check instead of the whole run.
function httpWithToken(token: string | undefined) {
  return {
    fetch(url: RequestInfo, init?: RequestInit): Promise<Response> {
      const headers = new Headers(init?.headers);
      if (token !== undefined) {
        headers.set("Authorization", `Bearer ${token}`);
      }
      return fetch(url, { ...init, headers, signal: init?.signal ?? AbortSignal.timeout(15_000) });
    },
  };
}

function describeError(error: unknown): string {
  if (ApiException.isApiException(error)) {
    return `HTTP ${error.status}: ${error.response.slice(0, 300)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const baseUrl = requireEnv("PAGESHARE_API_URL").replace(/\/+$/, "");
  const token = requireEnv("PAGESHARE_TOKEN");
  const signedIn = new PageShareClient(baseUrl, httpWithToken(token));
  const anonymous = new PageShareClient(baseUrl, httpWithToken(undefined));

  const checks: Check[] = [
    {
      name: "POST /auth/verify accepts the dev token",
      run: async () => {
        const result = await signedIn.verifyToken();
        assert(result.valid === true, `valid was ${String(result.valid)}`);
        assert(typeof result.user_id === "string" && result.user_id.length > 0, "user_id is missing");
      },
    },
    {
      name: "GET /users/me returns the profile",
      run: async () => {
        const me = await signedIn.getCurrentUser();
        assert(typeof me.username === "string" && me.username.length > 0, "username is missing");
      },
    },
    {
      name: "GET /users/me without a token is a 401 AUTH_REQUIRED envelope",
      run: async () => {
        try {
          await anonymous.getCurrentUser();
        } catch (error: unknown) {
          assert(ApiException.isApiException(error), `expected ApiException, got ${describeError(error)}`);
          assert(error.status === 401, `expected status 401, got ${error.status}`);
          const body = JSON.parse(error.response) as { error?: { code?: unknown; request_id?: unknown } };
          assert(body.error?.code === "AUTH_REQUIRED", `expected code AUTH_REQUIRED, got ${String(body.error?.code)}`);
          assert(typeof body.error?.request_id === "string", "request_id is missing from the envelope");
          return;
        }
        throw new Error("the call succeeded without a token");
      },
    },
  ];

  let passed = 0;
  let failed = 0;
  for (const check of checks) {
    try {
      await check.run();
      passed++;
      console.log(`ok   ${check.name}`);
    } catch (error: unknown) {
      failed++;
      console.log(`FAIL ${check.name}: ${describeError(error)}`);
    }
  }
  console.log(`smoke: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.log(`FAIL smoke test setup: ${describeError(error)}`);
    console.log("smoke: 0 passed, 1 failed");
    process.exitCode = 1;
  },
);
