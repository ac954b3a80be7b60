from shieldwall.cli.main import main

main()
