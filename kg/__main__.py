from kg.cli.main import main

if __name__ == "__main__":  # not when a worker process (kg serve) imports it again
    main()
