export { closedPort, headerOf, startSmtpSink, type ReceivedEmail, type SmtpReply, type SmtpSink } from './smtp-sink';
