// CertBot on Azure: a single-tenant Azure Bot (Teams channel) and a Linux App Service running the container
// image built from deploy/Dockerfile. Deploy:
//   az deployment group create -g <rg> -f deploy/azure/main.bicep \
//     -p name=certbot appId=<app registration client id> tenantId=<tenant id> image=<registry>/certbot:<tag> \
//        clientSecret=<secret>
// Then: Teams app package with manifest/build.sh --app-id <appId>; configuration file and node passwords as
// described in deploy/README.md. The nodes must be reachable over SSH from the App Service (VNet integration).

@description('Base name of the resources.')
param name string

@description('Client id of the single-tenant Entra app registration of the bot.')
param appId string

@description('Entra tenant of the app registration.')
param tenantId string = subscription().tenantId

@secure()
@description('Client secret of the app registration (stored as an app setting; prefer a Key Vault reference).')
param clientSecret string

@description('Container image built from deploy/Dockerfile.')
param image string

param location string = resourceGroup().location

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-app'
  location: location
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${image}'
      alwaysOn: true // the runner and the progress delivery run in the background
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '3978' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'CertBot__Storage__SqlitePath', value: '/home/certbot/certbot.db' }
        { name: 'Teams__AppId', value: appId }
        { name: 'Teams__TenantId', value: tenantId }
        { name: 'Teams__ClientSecret', value: clientSecret }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'CertBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output messagingEndpoint string = bot.properties.endpoint
