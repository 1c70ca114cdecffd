import { ConfigurableModuleBuilder, type DynamicModule } from '@nestjs/common';
import type { SmsModuleOptions } from './interfaces/index.js';
import { SMS_INSTANCE_NAME } from './sms.constants.js';
import { smsInstanceProviders } from './sms-instance.providers.js';
import { checkInstanceName, getSmsServiceToken } from './sms-instance.tokens.js';
import { SmsService } from './sms.service.js';

/** Options of `forRoot` and `forRootAsync` that shape the module rather than the client. */
export interface SmsModuleExtras {
  /** Makes the instance's services injectable everywhere without importing the module. Default `false`. */
  isGlobal?: boolean;
  /**
   * Registers a second, independent instance (its own key, URL, sender and connections) under this name, injected
   * with `@InjectSmsService(name)` and `@InjectSmsHealthIndicator(name)`. Left out: the unnamed instance, injected
   * as the `SmsService` and `SmsHealthIndicator` classes.
   */
  name?: string;
}

/** Builds `SmsModule.forRoot` and `forRootAsync`, with the `isGlobal` and `name` extras. */
export const {
  ConfigurableModuleClass: ConfigurableSmsModule,
  MODULE_OPTIONS_TOKEN: SMS_MODULE_OPTIONS,
  OPTIONS_TYPE: SMS_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: SMS_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<SmsModuleOptions>({ moduleName: 'Sms' })
  .setClassMethodName('forRoot')
  .setFactoryMethodName('createSmsOptions')
  .setExtras<SmsModuleExtras>({ isGlobal: false, name: undefined }, withInstance)
  .build();

/** Adds what tells instances apart: the tokens the instance is provided and exported under, and its name. */
function withInstance(definition: DynamicModule, { isGlobal, name }: SmsModuleExtras): DynamicModule {
  checkInstanceName(name);
  const instance = smsInstanceProviders(name, { token: getSmsServiceToken(name), useClass: SmsService });
  return {
    ...definition,
    global: isGlobal,
    providers: [
      ...(definition.providers ?? []),
      ...instance.providers,
      { provide: SMS_INSTANCE_NAME, useValue: name ?? null },
    ],
    exports: [...(definition.exports ?? []), ...instance.exports],
  };
}
