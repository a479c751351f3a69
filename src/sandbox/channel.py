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
    # Version 2: no back-references, so no table of the objects written is made for each message (the
    # zygote makes one fewer object a sample; messages here share no objects worth referring back to).
    data = marshal.dumps(obj, 2)
    data = _HEADER.pack(len(data)) + data
    if fds:
        rights = struct.pack("%di" % len(fds), *fds)
        sent = sock.sendmsg([data], [(SOL_SOCKET, SCM_RIGHTS, rights)])
        data = data[sent:]
    if data:
        sock.sendall(data)


def recv_message(sock):
    """(message, fds), or (None, fds) at end of file. Reads this message and not a byte more: a peer
    may send its next message before this one is read (the zygote sends a child's exit as soon as
    it has reaped it, which can be before the server has read the child's pid), and bytes read past
    this message would be lost with it, leaving the next read waiting for ever."""
    header, ancillary, _, _ = sock.recvmsg(4, CMSG_LEN(MAX_FDS * 4))
    fds = []
    for level, kind, rights in ancillary:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            fds += struct.unpack("%di" % (len(rights) // 4), rights[: len(rights) - len(rights) % 4])
    if not header:
        return None, fds
    while len(header) < 4:
        more = sock.recv(4 - len(header))
        if not more:
            return None, fds
        header += more
    size = _HEADER.unpack(header)[0]
    body, got = [], 0
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
