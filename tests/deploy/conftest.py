"""Real parts for the deployment tests: moto's S3-compatible server on a free loopback port
(in this process, in a thread) with a fresh bucket, and Redis database 5, flushed before and
after (the number this suite was given; nothing else on the machine uses it)."""

from __future__ import annotations

import uuid

import pytest

from tests.servers import free_port

REDIS_URL = "redis://127.0.0.1:6379/5"
# moto accepts any credentials; boto3 needs some to sign with.
S3_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "meridian-test", "AWS_SECRET_ACCESS_KEY": "meridian-test"}


@pytest.fixture(scope="session")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def s3_client(endpoint: str):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )


def new_bucket(endpoint: str) -> str:
    name = f"meridian-{uuid.uuid4().hex[:12]}"
    s3_client(endpoint).create_bucket(Bucket=name)
    return name


@pytest.fixture
def bucket(s3_endpoint) -> str:
    return new_bucket(s3_endpoint)


def s3_env(endpoint: str, bucket: str) -> dict[str, str]:
    """The environment naming the bucket, as docs/deploy.md describes it."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        **S3_CREDENTIALS,
    }


@pytest.fixture
def redis_db():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    client.flushdb()
    try:
        yield client
    finally:
        client.flushdb()
        client.close()
