#pragma once

// How HttpRunner tries: per-attempt timeout, retries with exponential backoff and jitter on
// connection errors, 429 and 503 (Retry-After honoured up to maxDelayMs), redirects.
// A connection error may come after the server acted on the request, so by default only
// idempotent methods (GET, HEAD, OPTIONS, TRACE, PUT, DELETE) are repeated then; 429 and 503
// say the request was not processed, so any method is retried on them.
struct RunOptions
{
    int timeoutMs = 30000;
    int maxAttempts = 3; // 1: no retries
    int baseDelayMs = 500; // backoff: base * 2^(n-1) + jitter in [0, base)
    int maxDelayMs = 30000; // cap of a pause, also of Retry-After
    int maxRedirects = 5;
    bool retryNonIdempotent = false; // also repeat POST, PATCH... after a connection error
    bool ignoreTlsErrors = false; // only on the user's explicit request
};
