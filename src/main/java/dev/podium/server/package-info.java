/**
 * The background server's transport: a per-user socket folder, the key that ties a server to one
 * jar, JDK, working folder and environment, the wire protocol, and the server and client loops. It
 * knows nothing of Podium's commands; {@code cli} hands it the function that runs one, so this
 * package stays below {@code cli} and uses only the JDK, which keeps the client's start small.
 */
package dev.podium.server;
