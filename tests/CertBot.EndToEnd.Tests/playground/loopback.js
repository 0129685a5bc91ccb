// Preloaded into the Agents Playground (node --require): it listens on every interface by default
// (chat-protocols.md §7.4), and with authentication off whoever reaches it can post as any configured
// user. This keeps every TCP listener of the process on 127.0.0.1.
'use strict';
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackOnly(...args) {
  const first = args[0];
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort) {
    // listen(port[, host][, backlog][, callback])
    if (typeof args[1] === 'string') args[1] = '127.0.0.1';
    else args.splice(1, 0, '127.0.0.1');
  } else if (first && typeof first === 'object' && !Array.isArray(first) && first.path === undefined && first.fd === undefined && first._handle === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (args.length === 0 || typeof first === 'function') {
    args.unshift(0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
