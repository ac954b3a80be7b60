"""OpenAI-shaped errors: ``{"error": {"message", "type", "param", "code"}}``, never a traceback or payload."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from starlette.responses import JSONResponse


class GatewayError(Exception):
    """An error answered to the client with an HTTP status and OpenAI's error shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type_: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type_
        self.code = code
        self.param = param
        self.extra = extra or {}
        self.headers = headers or {}
        self.upstream_status: int | None = None  # the upstream's HTTP status when it caused the error (audit)

    def from_upstream(self, status: int) -> GatewayError:
        self.upstream_status = status
        return self

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"message": self.message, "type": self.type, "param": self.param, "code": self.code}
        err.update(self.extra)
        return {"error": err}

    def response(self, headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers={**self.headers, **(headers or {})})

    def sse(self) -> bytes:
        """The error as a final SSE event (for a stream that already started)."""
        return b"data: " + json.dumps(self.body(), separators=(",", ":")).encode() + b"\n\n"


def bad_request(message: str, *, param: str | None = None, code: str | None = None) -> GatewayError:
    return GatewayError(400, message, param=param, code=code)


def unauthorized(message: str) -> GatewayError:
    return GatewayError(401, message, code="invalid_api_key", headers={"www-authenticate": "Bearer"})


def model_not_found(model: str) -> GatewayError:
    return GatewayError(
        404,
        f"The model `{model[:200]}` does not exist or you do not have access to it.",
        code="model_not_found",
        param="model",
    )


def too_large(limit: int) -> GatewayError:
    return GatewayError(413, f"Request body is over the limit of {limit:,} bytes.", code="request_too_large")


def rate_limited(message: str, retry_after: float) -> GatewayError:
    return GatewayError(
        429,
        message,
        type_="requests",
        code="rate_limit_exceeded",
        headers={"retry-after": str(max(1, int(retry_after + 0.999)))},
    )


def upstream_error(message: str, *, timeout: bool = False) -> GatewayError:
    if timeout:
        return GatewayError(504, message, type_="server_error", code="upstream_timeout")
    return GatewayError(502, message, type_="server_error", code="upstream_error")


def blocked(direction: str, categories: list[str], rules: list[str], request_id: str) -> GatewayError:
    cats = ", ".join(categories) or "policy"
    what = "request" if direction == "input" else "response"
    return GatewayError(
        400,
        f"The {what} was blocked by the Shieldwall policy ({cats}).",
        code="shieldwall_blocked",
        extra={
            "shieldwall": {
                "direction": direction,
                "categories": categories,
                "rules": rules,
                "request_id": request_id,
            }
        },
    )


def validation_error(exc: ValidationError, prefix: str = "") -> GatewayError:
    """The first pydantic error as an OpenAI-shaped 400 naming the parameter (``upstream.base_url``)."""
    err = exc.errors()[0]
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p in ("str", "ModelRoute"))]
    param = prefix + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    kind = err["type"]
    if kind == "missing":
        return bad_request(f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")
    if kind == "extra_forbidden":
        return bad_request(f"Unknown parameter: '{param}'.", param=param, code="unknown_parameter")
    code = "invalid_type" if kind.endswith("_type") or kind.endswith("_parsing") else "invalid_value"
    return bad_request(f"Invalid value for '{param}': {err['msg']}.", param=param or None, code=code)
