export * from './messaging.module';
export * from './messaging-api.module';
export * from './messaging-worker.module';
export { MessagingConfig, messagingWorkerSettings } from './messaging.config';
export { NotificationsService } from './notifications/notifications.service';
export { NotificationRequest, Destinataire } from './notifications/notification-request';
export {
  SignedLinksService,
  SignedLink,
  SignedLinkRequest,
  LinkProblem,
} from './links/signed-links.service';
export { ShortLinksService } from './links/short-links.service';
export { TemplateData, TemplateId, TEMPLATES } from './templates/catalogue';
export { Canal, MessageStatut, DestinataireType } from './messages/message-codes';
export { Message } from './messages/message.entity';
export { MessageHistoriqueService } from './messages/message-historique.service';
export { MessageEvenementsService, DernierEnvoi } from './messages/message-evenements.service';
export { MessagesSujetService } from './messages/messages-sujet.service';
export { MessageView } from './admin/message.view';
export { SmsProvider, SmsSendError, OutgoingSms, SmsEvent } from './sms/sms-provider';
export { smsLength, prepareSms } from './sms/gsm7';
export { nextSmsSlot } from './sms/quiet-hours';
export { MessageRelayService } from './delivery/message-relay.service';
export { MessageReconciler } from './delivery/message-reconciler.service';
