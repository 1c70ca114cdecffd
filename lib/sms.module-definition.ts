import { ConfigurableModuleBuilder } from '@nestjs/common';
import type { SmsModuleOptions } from './interfaces/index.js';

/** Builds `SmsModule.forRoot` and `forRootAsync`, with an `isGlobal` extra. */
export const {
  ConfigurableModuleClass: ConfigurableSmsModule,
  MODULE_OPTIONS_TOKEN: SMS_MODULE_OPTIONS,
  OPTIONS_TYPE: SMS_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: SMS_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<SmsModuleOptions>({ moduleName: 'Sms' })
  .setClassMethodName('forRoot')
  .setFactoryMethodName('createSmsOptions')
  .setExtras({ isGlobal: false }, (definition, extras) => ({ ...definition, global: extras.isGlobal }))
  .build();
