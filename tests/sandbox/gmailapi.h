#pragma once

#include "http.h"

namespace em::sandbox {

class Sandbox;
struct TokenGrant;

// Gmail API v1 under /gmail/v1/users/me/, the upload endpoints under /upload/gmail/v1/,
// and the batch endpoint (/batch/gmail/v1 and /batch). Parameters and bodies are checked
// against the discovery document; errors come in Google's shape; quota units are charged
// per method as Google does.
class GmailApi
{
public:
    explicit GmailApi(Sandbox &sandbox) : m_sandbox(sandbox) {}
    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

private:
    Sandbox &m_sandbox;
};

} // namespace em::sandbox
