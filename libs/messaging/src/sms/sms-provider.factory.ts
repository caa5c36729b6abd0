import { MessagingConfig } from '../messaging.config';
import { BrevoSmsProvider } from './brevo-sms.provider';
import { DevSmsProvider } from './dev-sms.provider';
import { SmsProvider } from './sms-provider';

export function smsProviderFactory(config: MessagingConfig): SmsProvider {
  return config.SMS_PROVIDER === 'brevo'
    ? new BrevoSmsProvider(config.BREVO_API_URL, config.BREVO_API_KEY, config.SMS_TIMEOUT_MS)
    : new DevSmsProvider();
}
