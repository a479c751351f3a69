# Messages between the server and its helpers (the zygote, the tester): one marshalled value per
# message, length-prefixed, with file descriptors passed beside it (SCM_RIGHTS). Both ends are
# passk's own trusted processes, and no sample ever holds one of these sockets, so marshal (C code,
# faster than JSON for both sides) is safe here.
import marshal
import struct
from _socket import CMSG_LEN, SCM_RIGHTS, SOL_SOCKET  # not socket.py, which the zygote does without

_HEADER = struct.Struct(">I")
MAX_FDS = 8


def send_message(sock, obj, fds=()):
    data = marshal.dumps(obj)
    data = _HEADER.pack(len(data)) + data
    if fds:
        rights = struct.pack("%di" % len(fds), *fds)
        sent = sock.sendmsg([data], [(SOL_SOCKET, SCM_RIGHTS, rights)])
        data = data[sent:]
    if data:
        sock.sendall(data)


def recv_message(sock):
    """(message, fds), or (None, fds) at end of file."""
    data, ancillary, _, _ = sock.recvmsg(1 << 16, CMSG_LEN(MAX_FDS * 4))
    fds = []
    for level, kind, rights in ancillary:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            fds += struct.unpack("%di" % (len(rights) // 4), rights[: len(rights) - len(rights) % 4])
    if not data:
        return None, fds
    while len(data) < 4:
        more = sock.recv(1 << 16)
        if not more:
            return None, fds
        data += more
    size = _HEADER.unpack(data[:4])[0]
    body = [data[4:]]
    got = len(body[0])
    while got < size:
        more = sock.recv(min(1 << 20, size - got))
        if not more:
            return None, fds
        body.append(more)
        got += len(more)
    return marshal.loads(b"".join(body)), fds


def name_process(name):
    """Names this process in /proc/<pid>/comm, so that people (and tests) can tell the server's
    helpers from its samples."""
    try:
        with open("/proc/self/comm", "w") as f:
            f.write(name)
    except OSError:
        pass
