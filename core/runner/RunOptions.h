#pragma once

// How HttpRunner tries: per-attempt timeout, retries with exponential backoff and jitter on
// connection errors, 429 and 503 (Retry-After honoured up to maxDelayMs), redirects.
struct RunOptions
{
    int timeoutMs = 30000;
    int maxAttempts = 3; // 1: no retries
    int baseDelayMs = 500; // backoff: base * 2^(n-1) + jitter in [0, base)
    int maxDelayMs = 30000; // cap of a pause, also of Retry-After
    int maxRedirects = 5;
    bool ignoreTlsErrors = false; // only on the user's explicit request
};
