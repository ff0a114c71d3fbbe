/**
 * Bots that run as programs of their own, in any language ({@code exec:COMMAND}): Summit starts
 * the program, sends each seat's view down its standard input and reads its commands back, one
 * line of JSON each way (docs/BOTS.md, "A bot in any language, headless").
 */
package org.summitsim.client.exec;
