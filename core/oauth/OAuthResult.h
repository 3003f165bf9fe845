#pragma once

#include "OAuthTokens.h"

#include <QString>

// How a sign-in, token request or refresh ended. `message` is a sentence for the user; for
// provider errors it carries `error` and `error_description` as the provider sent them.
struct OAuthResult
{
    enum class Outcome {
        Success,
        ProviderError, // the authorization or token endpoint answered with `error`
        StateMismatch, // the redirect's state is not the one this sign-in sent
        Cancelled,
        TimedOut,
        Failed, // network, listener, browser or response format problems
    };

    Outcome outcome = Outcome::Failed;
    OAuthTokens tokens;
    QString error; // the provider's `error` code
    QString errorDescription; // the provider's `error_description`
    int httpStatus = 0;
    QString message;

    bool ok() const { return outcome == Outcome::Success; }
};
